import { z } from 'zod';

// Enrolment turns a one-time code (printed by an admin) into a per-device token.
// Shared by the server (to validate) and the app's sync client (to build requests).

export const Role = z.enum(['rep', 'qa', 'trainee', 'admin']);
export type Role = z.infer<typeof Role>;

export const UserSummary = z.object({
  id: z.string(),
  name: z.string(),
  role: Role,
  team: z.string().nullable(),
});
export type UserSummary = z.infer<typeof UserSummary>;

export const EnrolRequest = z.strictObject({
  code: z.string().trim().min(1).max(64),
  // No control characters: PostgreSQL refuses NUL in text, which would surface as a 5xx.
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  deviceName: z.string().trim().min(1).max(100).regex(/^[^\u0000-\u001f\u007f]*$/, 'no control characters'),
  protocol: z.number().int().nonnegative(),
  /**
   * The device's own id, made by the app when its store was created (UUIDv7): its outbox
   * and clock stamps already carry it, so work done before enrolment syncs unchanged.
   * Optional for tools that enrol without a store; the server then makes one.
   */
  deviceId: z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'deviceId: a lower-case UUID').optional(),
});
export type EnrolRequest = z.infer<typeof EnrolRequest>;

export const EnrolResponse = z.object({
  deviceId: z.string(),
  /** Shown once; the server keeps only its SHA-256. */
  token: z.string(),
  user: UserSummary,
});
export type EnrolResponse = z.infer<typeof EnrolResponse>;

export const MeResponse = z.object({
  deviceId: z.string(),
  user: UserSummary,
});
export type MeResponse = z.infer<typeof MeResponse>;

/** Every refusal from the server has this body, whatever the status. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
