import type { ReactNode } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import { Details } from '@/components/ui/details';

interface SignedVideoProps {
  /** The video file: a path on this site (/videos/...) or an https address. */
  src: string;
  /** WebVTT captions (.vtt). Required: a video without captions shuts out deaf viewers who do not sign. */
  captions: string;
  /** What the video is, for the caption under it: "British Sign Language version of this page". */
  title: string;
  /** Language of the captions; defaults to the page's language. */
  captionsLang?: string;
  /** A still image shown before the video plays. */
  poster?: string;
  /** The transcript: everything said and signed, as text. */
  children: ReactNode;
}

const VIDEO_SOURCE = /^(\/[^/]|https:\/\/)/;
const VTT_SOURCE = /^(\/[^/]|https:\/\/)[^?#]*\.vtt([?#].*)?$/i;

/** Checks a <SignedVideo>'s addresses; throws so a page with a video and no captions cannot be published. */
export function assertSignedVideo({ src, captions }: { src?: unknown; captions?: unknown }): void {
  if (typeof src !== 'string' || !VIDEO_SOURCE.test(src)) {
    throw new Error('<SignedVideo> needs src: a path on this site or an https:// address');
  }
  if (typeof captions !== 'string' || !VTT_SOURCE.test(captions)) {
    throw new Error(`<SignedVideo src="${src}"> needs captions: the address of a WebVTT (.vtt) file`);
  }
}

/**
 * A video (for example a British Sign Language version of a page) with captions, controls and a
 * transcript. It never plays by itself. The transcript sits in a <details> below the video, so it
 * is there for anyone who cannot or would rather not watch, and works without JavaScript.
 */
export function SignedVideo({ src, captions, title, captionsLang, poster, children }: SignedVideoProps) {
  assertSignedVideo({ src, captions });
  const locale = useLocale();
  const t = useTranslations('Mdx.video');
  return (
    <figure className="my-8 print:hidden">
      <video controls preload="metadata" playsInline poster={poster} className="block w-full bg-ink" aria-label={title}>
        <source src={src} />
        <track kind="captions" src={captions} srcLang={captionsLang ?? locale} label={t('captions')} default />
        <p>{t('noVideo')}</p>
      </video>
      <figcaption className="mt-2 mb-3 body-s text-ink-secondary">{title}</figcaption>
      <Details summary={t('transcript')}>{children}</Details>
    </figure>
  );
}
