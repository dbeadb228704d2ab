// Runtime schema of the native map file (format "tsunagari-map"), validated with zod.
// Records are keyed by id; the keys are checked against the ids by checkInvariants.
import { z } from "zod";
import { ACTION_KINDS, INTERVIEW_STEPS } from "../../domain/model";

// The CSP has no 'unsafe-eval': no compiled parsers, and no `new Function("")` probe (which alone
// is a CSP violation). Set before any schema below is built; the import worker loads this module too.
z.config({ jitless: true });

/**
 * A record of `value`s keyed by id. zod's own z.record drops a "__proto__" key (it builds a plain
 * object, where that key would set the prototype), so an id "__proto__" would vanish; this one
 * keeps every own key (Object.fromEntries defines them) and reports issues at `[key, …]`.
 */
function idRecord<T extends z.ZodType>(value: T) {
  return z
    .custom<Record<string, unknown>>((v) => typeof v === "object" && v !== null && !Array.isArray(v), {
      message: "expected an object keyed by id",
    })
    .transform((obj, ctx) => {
      const entries: [string, z.output<T>][] = [];
      for (const [key, raw] of Object.entries(obj)) {
        const r = value.safeParse(raw);
        if (r.success) entries.push([key, r.data]);
        else
          for (const issue of r.error.issues)
            ctx.addIssue({ code: "custom", message: issue.message, path: [key, ...issue.path] });
      }
      return Object.fromEntries(entries) as Record<string, z.output<T>>;
    });
}

const likert = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]);

export const answersSchema = z
  .object({
    frequencyPerYear: z.number().finite().min(0).optional(),
    frequencyCategory: z.enum(["often", "occasionally", "rarely"]).optional(),
    emotional: likert.optional(),
    intimacy: likert.optional(),
    services: likert.optional(),
  })
  .strict();

const personSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "a person needs a name"),
  reading: z.string().optional(),
  note: z.string().optional(),
  communityIds: z.array(z.string()),
  planned: z.boolean().optional(),
});

const profileSchema = z.object({
  membersShareRunning: z.boolean().optional(),
  sharedPurpose: z.boolean().optional(),
  chooseDepth: z.boolean().optional(),
  freeToComeAndGo: z.boolean().optional(),
  newcomersSupported: z.boolean().optional(),
  similarity: likert.optional(),
});

const communitySchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "a community needs a name"),
  sphere: z.enum(["family", "work", "third"]),
  note: z.string().optional(),
  profile: profileSchema.optional(),
  planned: z.boolean().optional(),
});

const tieSchema = z.object({
  id: z.string(),
  a: z.string(),
  b: z.string(),
  answers: answersSchema,
  weight: z.number().min(0).max(1).optional(),
  planned: z.boolean().optional(),
});

const positionSchema = z.object({
  x: z.number().finite(),
  y: z.number().finite(),
  source: z.literal("layout").optional(),
});

const mentionsSchema = z.array(z.string()).optional();

const interviewSchema = z.object({
  step: z.enum(INTERVIEW_STEPS),
  mentions: z.object({ job: mentionsSchema, advice: mentionsSchema, dormant: mentionsSchema }),
});

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");
const score = z.number().finite().nullable();

const snapshotSchema = z.object({
  id: z.string().min(1),
  name: z.string().trim().min(1, "a snapshot needs a name"),
  takenAt: z.string().min(1),
  session: z.boolean().optional(),
  content: z.object({
    egoId: z.string().min(1),
    people: idRecord(personSchema),
    communities: idRecord(communitySchema),
    ties: idRecord(tieSchema),
    censusNo: z.array(z.string()),
  }),
  scores: z.object({
    bridging: score,
    diversity: score,
    effectiveSize: score,
    thirdPlaces: z.number().int().min(0),
    weakShare: z.number().min(0).max(1).nullable(),
    people: z.number().int().min(0),
    ties: z.number().int().min(0),
  }),
  doneActionIds: z.array(z.string()),
});

const actionSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ACTION_KINDS),
  title: z.string(),
  personIds: z.array(z.string()),
  communityId: z.string().optional(),
  due: isoDay.optional(),
  doneAt: z.string().optional(),
  createdAt: z.string(),
  fromSuggestion: z.string().optional(),
});

export const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  egoId: z.string().min(1),
  people: idRecord(personSchema),
  communities: idRecord(communitySchema),
  ties: idRecord(tieSchema),
  positions: idRecord(positionSchema),
  censusNo: z.array(z.string()),
  interview: interviewSchema.nullable(),
  snapshots: z.array(snapshotSchema),
  actions: z.array(actionSchema),
  client: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
