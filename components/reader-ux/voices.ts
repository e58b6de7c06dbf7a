import { pickChineseVoice } from './speech';

// The device's speech voices, shared by the read-aloud loader (which decides whether to load the
// player at all) and the player itself.

export function synth(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof SpeechSynthesisUtterance === 'function'
    ? window.speechSynthesis
    : undefined;
}
export function subscribeVoices(onChange: () => void) {
  const s = synth();
  s?.addEventListener?.('voiceschanged', onChange);
  // Some browsers fill the list late without firing the event.
  const t = window.setTimeout(onChange, 1500);
  return () => {
    s?.removeEventListener?.('voiceschanged', onChange);
    window.clearTimeout(t);
  };
}
export function voiceKey(): string {
  const s = synth();
  if (!s) return '';
  try {
    const v = pickChineseVoice(s.getVoices());
    return v ? `${v.voiceURI}\u0000${v.name}` : '';
  } catch {
    return '';
  }
}
