import { useTranslations } from 'next-intl';
import { NotificationBanner } from '@/components/ui/notification-banner';

/** Says, in the reader's language, that the page below is the English version. */
export function FallbackNotice() {
  const t = useTranslations('Guides');
  return (
    <NotificationBanner id="fallback-notice" title={t('fallbackTitle')}>
      <p className="heading-s">{t('fallbackText')}</p>
    </NotificationBanner>
  );
}
