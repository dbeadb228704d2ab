// Runtime schema of the native map file (format "tsunagari-map"), validated with zod.
// Records are keyed by id; the keys are checked against the ids by checkInvariants.
import { z } from "zod";
import { INTERVIEW_STEPS } from "../../domain/model";

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

export const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  egoId: z.string().min(1),
  people: z.record(z.string(), personSchema),
  communities: z.record(z.string(), communitySchema),
  ties: z.record(z.string(), tieSchema),
  positions: z.record(z.string(), positionSchema),
  censusNo: z.array(z.string()),
  interview: interviewSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
