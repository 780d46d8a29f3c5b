// The weekly audit and CEO briefing: what hosts and commands use.
export { BriefingSchedule, BRIEFING_STATE_FILE, type ScheduleOptions } from "./schedule";
export { generateBriefing, buildModel, targetPath, type BriefingKind, type GenerateOptions, type GenerateOutcome } from "./generate";
export { latestDuePeriod, periodFor, nextDueMs, WEEKDAYS } from "./period";
export { draftCancellations, CANCEL_ACTION, CANCEL_ORIGIN } from "./cancellations";
export { collectData, type BriefingDeps, type Progress } from "./collect";
export { analyse, type Model } from "./model";
export { renderAudit } from "./audit";
export { renderBriefing } from "./briefing";
export type * from "./types";
