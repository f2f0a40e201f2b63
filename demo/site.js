// What a site owner wires up: analytics for every widget event, and their own chat tool.
for (const name of ['kw-ready', 'kw-policy-error', 'kw-open', 'kw-close', 'kw-channel-select', 'kw-chat-start']) {
  document.addEventListener(name, (event) => console.info(`[analytics] ${name}`, event.detail));
}

// The demo has no real chat tool: show what the site would receive to start one.
document.addEventListener('kw-chat-start', (event) => {
  document.querySelector('.demo-toast')?.remove();
  const toast = document.createElement('div');
  toast.className = 'demo-toast';
  toast.setAttribute('role', 'status');
  const topic = event.detail.topic ?? '–';
  const says = {
    fr: `Ici, le site ouvre son propre outil de chat (sujet : ${topic}).`,
    de: `Hier öffnet die Website ihr eigenes Chat-Tool (Thema: ${topic}).`,
  };
  toast.textContent = says[document.documentElement.lang] ?? `Hier opent de site haar eigen chat (onderwerp: ${topic}).`;
  document.body.append(toast);
  setTimeout(() => toast.remove(), 5000);
});
