import type { ReactNode } from 'react';

interface NotificationBannerProps {
  title: string;
  children: ReactNode;
  /** `success` is announced straight away; `important` is a labelled region. */
  variant?: 'important' | 'success';
  id?: string;
  className?: string;
}

/** Tells the user about something that affects the whole page (GOV.UK notification banner). */
export function NotificationBanner({ title, children, variant = 'important', id, className = '' }: NotificationBannerProps) {
  const titleId = `${id ?? 'notification'}-title`;
  const colour = variant === 'success' ? 'border-success bg-success' : 'border-brand bg-brand';
  return (
    <div
      id={id}
      className={`mb-6 border-[5px] ${colour} ${className}`}
      role={variant === 'success' ? 'alert' : 'region'}
      aria-labelledby={titleId}
    >
      <div className="px-3 pt-0.5 pb-1 tablet:px-4">
        <h2 id={titleId} className="m-0 body-s font-bold text-white">
          {title}
        </h2>
      </div>
      <div className="bg-white px-3 py-3 tablet:px-4 tablet:py-4 [&>p:last-child]:mb-0 [&>p]:mb-3">{children}</div>
    </div>
  );
}
