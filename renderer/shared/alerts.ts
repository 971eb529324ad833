// Getting a rep's attention when a hold check-in falls due or a promise comes up: a short
// sound (WebAudio oscillator, so there is no asset to load or allow in the CSP) and an OS
// notification for when the window is behind the softphone. The in-app banner is the
// main signal; these two only point at it, and each is skipped quietly where unavailable.

export type AlertTone = 'due' | 'late' | 'commitment';

export type Alerts = {
  sound(tone: AlertTone): void;
  /** `tag` replaces an earlier notification with the same tag instead of stacking. */
  notify(title: string, body: string, tag: string): void;
  /** Asks for notification permission once ever, without waiting for the answer. */
  askPermission(): void;
  /** Called on a key press or click: browsers only let audio start after a user gesture. */
  unlock(): void;
};

export const silentAlerts: Alerts = { sound() {}, notify() {}, askPermission() {}, unlock() {} };

/** Beeps: [frequency Hz, start s, length s]. Late is higher, longer and one more: clearly worse. */
const TONES: Record<AlertTone, readonly [number, number, number][]> = {
  due: [
    [880, 0, 0.12],
    [880, 0.18, 0.12],
  ],
  late: [
    [988, 0, 0.16],
    [740, 0.2, 0.16],
    [988, 0.4, 0.16],
    [740, 0.6, 0.22],
  ],
  commitment: [
    [660, 0, 0.14],
    [990, 0.16, 0.2],
  ],
};
const VOLUME: Record<AlertTone, number> = { due: 0.18, late: 0.3, commitment: 0.18 };

type AudioCtor = new () => AudioContext;
type NotificationLike = {
  permission: NotificationPermission;
  requestPermission(): Promise<NotificationPermission>;
  new (title: string, options?: NotificationOptions): unknown;
};

export type BrowserAlertOptions = {
  /** false in Electron: the main process shows OS notifications there. */
  notifications: boolean;
  storage?: Pick<Storage, 'getItem' | 'setItem'> | null;
};

const ASKED_KEY = 'heard.notifications.asked';

export function browserAlerts(win: Window, options: BrowserAlertOptions): Alerts {
  let ctx: AudioContext | null = null;
  const g = win as unknown as { AudioContext?: AudioCtor; webkitAudioContext?: AudioCtor; Notification?: NotificationLike };

  function audio(): AudioContext | null {
    if (ctx) return ctx;
    const Ctor = g.AudioContext ?? g.webkitAudioContext;
    if (!Ctor) return null;
    try {
      ctx = new Ctor();
    } catch {
      ctx = null;
    }
    return ctx;
  }

  const notification = options.notifications ? g.Notification : undefined;

  return {
    sound(tone) {
      const ac = audio();
      if (!ac) return;
      try {
        if (ac.state === 'suspended') void ac.resume().catch(() => {});
        const t0 = ac.currentTime + 0.02;
        for (const [freq, start, length] of TONES[tone]) {
          const osc = ac.createOscillator();
          const gain = ac.createGain();
          osc.type = 'sine';
          osc.frequency.value = freq;
          // A short ramp in and out: a hard edge clicks.
          gain.gain.setValueAtTime(0, t0 + start);
          gain.gain.linearRampToValueAtTime(VOLUME[tone], t0 + start + 0.015);
          gain.gain.linearRampToValueAtTime(0, t0 + start + length);
          osc.connect(gain).connect(ac.destination);
          osc.start(t0 + start);
          osc.stop(t0 + start + length + 0.02);
        }
      } catch {
        // No audio device: the banner still shows.
      }
    },
    notify(title, body, tag) {
      if (!notification || notification.permission !== 'granted') return;
      try {
        new notification(title, { body, tag });
      } catch {
        // Some platforms refuse page notifications outright; the banner still shows.
      }
    },
    askPermission() {
      if (!notification || notification.permission !== 'default') return;
      try {
        if (options.storage?.getItem(ASKED_KEY)) return;
        options.storage?.setItem(ASKED_KEY, '1');
      } catch {
        // Without storage we may ask again next load; still once per page.
      }
      void notification.requestPermission().catch(() => 'denied');
    },
    unlock() {
      const ac = audio();
      if (ac && ac.state === 'suspended') void ac.resume().catch(() => {});
    },
  };
}
