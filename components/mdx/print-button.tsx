import { useTranslations } from 'next-intl';
import { PrintButton as PrintButtonControl } from '@/components/guides/print-button';

/** <PrintButton /> in a guide: a "Print this page" button (only shown when JavaScript can print). */
export function PrintButton() {
  const t = useTranslations('Mdx.print');
  return <PrintButtonControl label={t('button')} />;
}
