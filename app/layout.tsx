import type { ReactNode } from 'react';
import './globals.css';

// The <html> element is rendered by app/[locale]/layout.tsx (it needs the language and direction)
// and by app/not-found.tsx; this root layout only exists so the global not-found page has one.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
