'use client';

import { lazy, Suspense, useSyncExternalStore } from 'react';
import type { SpeechLabels } from './read-aloud';
import { subscribeVoices, voiceKey } from './voices';

// The player (button, bar, speech logic) is loaded only once the device turns out to have a
// Mandarin voice, which the browser reports after load: it stays out of the reader's first-paint
// JavaScript (issue 15's budget), and devices without a voice never load it.
const ReadAloud = lazy(() => import('./read-aloud').then((m) => ({ default: m.ReadAloud })));

export function ReadAloudLoader(props: { labels: SpeechLabels; locale: string }) {
  const voice = useSyncExternalStore(subscribeVoices, voiceKey, () => '');
  if (!voice) return null;
  return (
    <Suspense fallback={null}>
      <ReadAloud {...props} />
    </Suspense>
  );
}
