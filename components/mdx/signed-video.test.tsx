import { describe, expect, it } from 'vitest';
import { assertSignedVideo } from './signed-video';

describe('SignedVideo', () => {
  it('accepts a video with WebVTT captions on this site or over https', () => {
    expect(() => assertSignedVideo({ src: '/videos/bsl.mp4', captions: '/videos/bsl.en.vtt' })).not.toThrow();
    expect(() => assertSignedVideo({ src: 'https://video.example.org/a.mp4', captions: 'https://video.example.org/a.vtt?v=2' })).not.toThrow();
  });

  it('refuses a video without captions, or with captions that are not WebVTT', () => {
    expect(() => assertSignedVideo({ src: '/videos/bsl.mp4' })).toThrow(/needs captions/);
    expect(() => assertSignedVideo({ src: '/videos/bsl.mp4', captions: '/videos/bsl.srt' })).toThrow(/WebVTT/);
    expect(() => assertSignedVideo({ src: 'http://insecure.example.org/a.mp4', captions: '/a.vtt' })).toThrow(/needs src/);
    expect(() => assertSignedVideo({ src: '//evil.example.org/a.mp4', captions: '/a.vtt' })).toThrow(/needs src/);
  });
});
