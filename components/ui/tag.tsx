import type { ReactNode } from 'react';

const COLOURS = {
  blue: 'bg-[#bbd4ea] text-[#0c2d4a]',
  yellow: 'bg-[#fff7bf] text-[#594d00]',
  grey: 'bg-[#e5e6e7] text-[#0b0c0c]',
  green: 'bg-[#cce2d8] text-[#005a30]',
} as const;

export type TagColour = keyof typeof COLOURS;

interface TagProps {
  children: ReactNode;
  colour?: TagColour;
  className?: string;
}

/** A short status label (GOV.UK tag). Colour is never the only signal: the text says it. */
export function Tag({ children, colour = 'blue', className = '' }: TagProps) {
  return (
    <strong
      className={`inline-block max-w-full px-2 pt-0.5 pb-px align-middle body-s font-normal ${COLOURS[colour]} ${className}`}
    >
      {children}
    </strong>
  );
}
