/** Limits of a live session (docs/ARCHITECTURE.md, "Live sessions"): what one participant may put on the canvas. */
export const LIVE_LIMITS = {
  /** Characters of one participant note; longer text is clamped and marked. */
  noteText: 2_000,
  /** Notes per participant per canvas; more are refused. */
  notesPerParticipant: 200,
  /** Entries of one outbox the facilitator's merge reads (the earliest written); later ones get no answer. */
  outboxEntries: 1_000,
  /** Participants in one session. */
  participants: 60,
  /** Characters of a participant's display name. */
  name: 60,
  /** Largest WebSocket message the server accepts. */
  messageBytes: 256 * 1024,
  /** Sustained messages per second and burst per connection. */
  messagesPerSecond: 50,
  messageBurst: 200,
  /** Failed join attempts per address and minute. */
  failedJoinsPerMinute: 5,
} as const;

