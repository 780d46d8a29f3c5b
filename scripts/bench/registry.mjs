// The figures `npm run bench` reports, in print order. To add one: write scripts/bench/figures/<name>.mjs exporting
// objects of the Figure shape below, and list them here.
//
// Figure: { name: string, unit: string, decimals?: number, measure(ctx: { root, progress }): Promise<number> }
import { onloadMs } from "./figures/onload.mjs";
import { mainJsKb } from "./figures/main-js-size.mjs";
import { logAppendUs1, logAppendUs10000, logAppendUsTorn } from "./figures/log-append.mjs";
import { publishOverheadMs } from "./figures/social-publish.ts";
import { metricsFetchMs } from "./figures/social-metrics.ts";
import { approveToWireMs, vaultEventUs } from "./figures/approval.mjs";
import { odooAuditMs, odooAuditRoundtrips100, odooAuditRoundtrips5000 } from "./odoo-audit.mjs";
import { watchdogRecoveryMs, statusViewRenderMs } from "./figures/status.mjs";
import { invoicePrecision, invoiceRecall, invoicePrecisionHeldback, invoiceRecallHeldback, invoiceFieldAccuracy, invoiceFirstReadMs, invoiceReadMs, gmailSyncMs, gmailPollIdleMs } from "./figures/gmail.mjs";
import { briefingMs, briefingOdooRoundtrips } from "./figures/briefing.mjs";
import { guardUsPerKb } from "./figures/guard.mjs";
import { webhookToNoteMs } from "./figures/whatsapp.mjs";
import { odooCreateInvoiceRoundtrips, odooCreateInvoiceRoundtripsSteady, odooSessionLogins } from "./figures/odoo-session.mjs";
import { replayCheckUs } from "./figures/replay.mjs";
import { mcpStartMs, mcpDraftMs } from "./figures/mcp.mjs";
export const figures = [onloadMs, mainJsKb, logAppendUs1, logAppendUs10000, logAppendUsTorn, approveToWireMs, vaultEventUs, odooAuditRoundtrips100, odooAuditRoundtrips5000, odooAuditMs, publishOverheadMs, metricsFetchMs, watchdogRecoveryMs, statusViewRenderMs, invoicePrecision, invoiceRecall, invoicePrecisionHeldback, invoiceRecallHeldback, invoiceFieldAccuracy, invoiceFirstReadMs, invoiceReadMs, gmailSyncMs, gmailPollIdleMs, briefingMs, briefingOdooRoundtrips, guardUsPerKb, odooCreateInvoiceRoundtrips, odooCreateInvoiceRoundtripsSteady, odooSessionLogins, replayCheckUs, mcpStartMs, mcpDraftMs, webhookToNoteMs];
