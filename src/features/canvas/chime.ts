/** A short two-tone chime from an oscillator: no audio files, nothing to load. */
export function playChime(): void {
  const AudioContextClass = window.AudioContext;
  if (!AudioContextClass) return;
  try {
    const context = new AudioContextClass();
    const gain = context.createGain();
    gain.connect(context.destination);
    const start = context.currentTime;
    gain.gain.setValueAtTime(0.0001, start);
    [880, 660, 880].forEach((frequency, i) => {
      const at = start + i * 0.35;
      const tone = context.createOscillator();
      tone.type = 'sine';
      tone.frequency.setValueAtTime(frequency, at);
      tone.connect(gain);
      gain.gain.exponentialRampToValueAtTime(0.25, at + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
      tone.start(at);
      tone.stop(at + 0.32);
    });
    window.setTimeout(() => void context.close(), 1500);
  } catch {
    // No audio device: the visual signal still shows.
  }
}
