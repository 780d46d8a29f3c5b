// Gmail API answers as zod schemas (only the fields we use), checked at the edge.
import * as z from "zod/mini";

export const profileWire = z.object({ emailAddress: z.string(), historyId: z.string() });

export const messageListWire = z.object({
	messages: z.optional(z.array(z.object({ id: z.string(), threadId: z.optional(z.string()) }))),
	nextPageToken: z.optional(z.string()),
});

export const rawMessageWire = z.object({
	id: z.string(),
	threadId: z.string(),
	labelIds: z.optional(z.array(z.string())),
	internalDate: z.optional(z.string()),
	historyId: z.optional(z.string()),
	raw: z.string(),
});

export const historyWire = z.object({
	history: z.optional(
		z.array(
			z.object({
				id: z.string(),
				messagesAdded: z.optional(z.array(z.object({ message: z.object({ id: z.string() }) }))),
				labelsAdded: z.optional(z.array(z.object({ message: z.object({ id: z.string() }) }))),
			}),
		),
	),
	nextPageToken: z.optional(z.string()),
	historyId: z.string(),
});

export const sentWire = z.object({ id: z.string(), threadId: z.optional(z.string()), labelIds: z.optional(z.array(z.string())) });

export const errorWire = z.object({
	error: z.object({
		code: z.optional(z.number()),
		message: z.optional(z.string()),
		status: z.optional(z.string()),
		errors: z.optional(z.array(z.object({ reason: z.optional(z.string()), message: z.optional(z.string()) }))),
	}),
});
