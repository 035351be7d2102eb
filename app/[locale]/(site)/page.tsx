import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { LOCALES } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { routing } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: { absolute: t('siteName') } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Home' });

  // Ordered by what families come to do, starting with the parent who does not yet know the system.
  const tasks = [
    { href: '/guides/worried-about-my-child', title: t('worriedTitle'), description: t('worriedDescription') },
    { href: '/services', title: t('servicesTitle'), description: t('servicesDescription') },
    { href: '/guides/ehcp', title: t('ehcpTitle'), description: t('ehcpDescription') },
    { href: '/guides/phase-transfer', title: t('movingTitle'), description: t('movingDescription') },
    { href: '/guides/preparing-for-adulthood', title: t('adulthoodTitle'), description: t('adulthoodDescription') },
    { href: '/tools', title: t('toolsTitle'), description: t('toolsDescription') },
    { href: '/guides', title: t('guidanceTitle'), description: t('guidanceDescription') },
  ] as const;

  return (
    <>
      <h1 className="heading-xl max-w-[15em]">{t('title')}</h1>
      <p className="body-l mb-8 max-w-[30em] tablet:mb-10">{t('lead')}</p>

      <h2 className="heading-m">{t('tasksHeading')}</h2>
      <ul className="m-0 mb-10 grid list-none gap-6 p-0 tablet:grid-cols-2 desktop:grid-cols-3">
        {tasks.map((task) => (
          <li key={task.href} className="border-t-4 border-brand pt-4">
            <h3 className="heading-m mb-2">
              <Link href={task.href} className="tap-target">
                {task.title}
              </Link>
            </h3>
            <p className="m-0">{task.description}</p>
          </li>
        ))}
      </ul>

      <h2 className="heading-m">{t('languagesHeading')}</h2>
      <p className="mb-2 max-w-[40em]">{t('languagesText')}</p>
      <ul className="m-0 flex list-none flex-wrap gap-x-6 gap-y-2 p-0">
        {LOCALES.filter((l) => l.code !== locale).map((l) => (
          <li key={l.code}>
            <Link href="/" locale={l.code} lang={l.code} hrefLang={l.code} dir={l.dir} className="tap-target">
              {l.name}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
