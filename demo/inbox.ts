/**
 * Lists what the demo's receiver stored (GET /api/inbox). Everything in a message is the
 * customer's text: it goes into the page as text nodes only.
 */
interface InboxMessage {
  reference: string;
  kind: 'email' | 'callback';
  body: Record<string, unknown>;
  test: boolean;
  receivedAt: number;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function cell(row: HTMLTableRowElement, main: string, meta = '', className = ''): void {
  const td = row.insertCell();
  if (className) td.className = className;
  td.append(main);
  if (meta) {
    const small = document.createElement('span');
    small.className = 'meta';
    small.textContent = meta;
    td.append(small);
  }
}

function render(messages: InboxMessage[]): void {
  const status = document.getElementById('inbox-status')!;
  const table = document.getElementById('inbox') as HTMLTableElement;
  const tbody = table.tBodies[0]!;
  tbody.replaceChildren();
  if (messages.length === 0) {
    status.textContent = 'Nog niets ontvangen. Stuur een e-mail of vraag om teruggebeld te worden via de widget op een van de pagina’s.';
    table.hidden = true;
    return;
  }
  status.textContent = `${messages.length} ${messages.length === 1 ? 'bericht' : 'berichten'} ontvangen.`;
  const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'medium' });
  for (const message of messages) {
    const b = message.body;
    const row = tbody.insertRow();
    cell(row, when.format(message.receivedAt), new Date(message.receivedAt).toISOString());
    cell(row, message.reference, `bezoek ${text(b['reference'])}${message.test ? ' · test' : ''}`);
    cell(row, message.kind === 'callback' ? 'Terugbellen' : 'E-mail', text(b['topic']) || 'geen onderwerp');
    if (message.kind === 'callback') {
      cell(row, text(b['name']) || '(geen naam)', text(b['phone']));
      cell(row, text(b['note']) || '(geen toelichting)', text(b['slotLabel']), 'message');
    } else {
      cell(row, text(b['name']) || '(geen naam)', text(b['email']));
      cell(row, text(b['message']), text(b['subject']) || '(geen onderwerp)', 'message');
    }
  }
  table.hidden = false;
}

async function load(): Promise<void> {
  try {
    const response = await fetch('/api/inbox', { cache: 'no-store' });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    render((await response.json()) as InboxMessage[]);
  } catch (error) {
    document.getElementById('inbox-status')!.textContent = `De inbox kon niet worden gelezen: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void load();
// A message sent in another tab shows up when this one is looked at again.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') void load();
});
