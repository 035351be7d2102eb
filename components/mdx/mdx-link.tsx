import type { ComponentPropsWithoutRef } from 'react';
import { isInternalHref } from '@/lib/content/internal-links';
import { Link } from '@/lib/i18n/navigation';

type MdxLinkProps = ComponentPropsWithoutRef<'a'>;

/**
 * Links in guidance. Site links (`/guides/...`, `/services?...`) are written without a language
 * and stay in the reader's language; links to other sites are ordinary links that open in the
 * same tab, as GOV.UK advises, so the back button still works.
 */
export function MdxLink({ href = '', children, ...props }: MdxLinkProps) {
  if (isInternalHref(href)) {
    return (
      <Link href={href} {...props}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} {...props}>
      {children}
    </a>
  );
}
