// Starting content for the files "Set up vault folders" creates. The user edits them; the plugin never overwrites them.

export const DASHBOARD_TEMPLATE = `# Dashboard

Your notes go here. The plugin keeps only the section between the markers below up to date.

<!-- ai-employee:status:start -->
_The AI Employee writes its status here once it runs._
<!-- ai-employee:status:end -->
`;

export const HANDBOOK_TEMPLATE = `# Company handbook

The rules your AI Employee works by. The plugin's settings enforce the approval rules below; this page states them in
words for you and for any agent working in this vault.

## Approval rules
- Nothing is sent, posted, invoiced or paid without an approval: your click on **Approve**, or one of the written
  auto-approval rules below.
- Auto-approved: scheduled social posts that you wrote; recurring payments under $100 to a payee already paid before.
- Always ask: any amount over $100, a new payee or customer, replies and direct messages on social media, emails to
  new contacts.
- Rate caps: at most 3 payments and 10 emails an hour; more are held back until the next hour.
- Dry run is on until you turn it off in the settings: approved requests are then only previewed.

## Tone
- Be polite and brief in emails. Sign as the business, not as a person.

## Confidential
Names and words that must never appear in a public post or an email (one per line, under this heading):
- confidential
- internal
`;

export const GOALS_TEMPLATE = `# Business goals

## Revenue targets
| period | target |
| --- | --- |
| monthly | 10000 USD |
| quarterly | 30000 USD |

## Metrics
| metric | target | alert threshold |
| --- | --- | --- |
| client response time | < 24 hours | > 48 hours |
| invoice payment rate | > 90% | < 80% |
| software costs | < 500 USD per month | > 600 USD per month |

## Projects
| project | due | status |
| --- | --- | --- |
| Example project | 2026-12-31 | in progress |
`;

export const INITIAL_FILES: Record<"Dashboard.md" | "Company_Handbook.md" | "Business_Goals.md", string> = {
	"Dashboard.md": DASHBOARD_TEMPLATE,
	"Company_Handbook.md": HANDBOOK_TEMPLATE,
	"Business_Goals.md": GOALS_TEMPLATE,
};

/** Templates for post drafts from business events (src/core/drafts): "## kind" headings, one template per bullet. */
export const POST_TEMPLATES_FILE = "Post_Templates.md";
export const POST_TEMPLATES_TEMPLATE = `# Post templates

AI Employee drafts social posts from what happened this week, using the templates below (one per bullet; several
under one heading are used in turn). Drafts wait in Pending_Approval; nothing is posted without your click.
Client names and amounts stay out unless Company_Handbook.md says "Posts may name clients: yes" or
"Posts may mention amounts: yes". An unknown {placeholder} is reported and its template is not used.

## project
Placeholders: {project}, {client}
- We just wrapped up {project}. Thank you to everyone who made it happen!
- Another one shipped: {project}. On to the next challenge.

## milestone
Placeholders: {milestone}, {project}
- Milestone reached: {milestone}.

## invoice_paid
Placeholders: {client}, {amount}, {invoice}
- Another happy client: thank you to {client} for trusting us with their work.

## goal
Placeholders: {goal}
- We reached a goal we set ourselves: {goal}. Thank you for being part of it.
`;
