import { Link } from '@/lib/i18n/navigation';

/** "Back" to the page a form belongs to (GOV.UK back link): a real address, so it works without history or JavaScript. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link
      href={href}
      prefetch={false}
      className="tap-target mb-6 inline-flex items-center gap-2 body-s text-ink visited:text-ink hover:text-ink print:hidden"
    >
      <span
        aria-hidden="true"
        className="inline-block size-[0.4375rem] -rotate-45 border-s border-t border-current rtl:rotate-45"
      />
      {children}
    </Link>
  );
}
