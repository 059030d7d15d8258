/**
 * The web chat page: a small HTML and JavaScript client of botbuilder-adapter-web's websocket.
 * It speaks the adapter's protocol (`{ type, text, user, channel }` out, the message's fields
 * in) and renders what the adapter's own Botkit web client renders: text with Markdown links
 * and bold, and `quick_replies` as buttons. Text is escaped before the few Markdown forms are
 * turned into tags, so a message cannot inject markup.
 */
export const chatPage = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>botlogin · Botkit web chat</title>
<style>
  body { font: 16px/1.45 system-ui, sans-serif; margin: 0; background: #f4f5f7; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  #log { list-style: none; padding: 0; min-height: 50vh; }
  #log li { margin: .5rem 0; padding: .6rem .8rem; border-radius: .6rem; max-width: 85%; }
  #log li.bot { background: #fff; box-shadow: 0 1px 2px #0002; }
  #log li.user { background: #2563eb; color: #fff; margin-left: auto; }
  #log a.link { display: inline-block; padding: .1rem .5rem; border-radius: .4rem;
    background: #2563eb; color: #fff; text-decoration: none; }
  #replies button { margin: 0 .4rem .4rem 0; }
  form { display: flex; gap: .5rem; }
  input { flex: 1; font: inherit; padding: .5rem; }
  #status { color: #555; font-size: .85rem; }
</style>
</head>
<body>
<main>
<h1>Botkit web chat</h1>
<p id="status">Connecting…</p>
<ul id="log" aria-live="polite"></ul>
<div id="replies"></div>
<form id="send">
  <input id="text" autocomplete="off" placeholder="Say login, whoami, logout or cancel" aria-label="Message">
  <button type="submit">Send</button>
</form>
</main>
<script>
  const log = document.getElementById('log');
  const replies = document.getElementById('replies');
  const input = document.getElementById('text');
  const status = document.getElementById('status');
  const user = sessionStorage.getItem('botlogin-user') || crypto.randomUUID();
  sessionStorage.setItem('botlogin-user', user);
  const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/');

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
  }
  function render(text) {
    return escapeHtml(text)
      .replace(/\\[([^\\]]+)\\]\\((https?:[^)\\s]+)\\)/g, '<a class="link" target="_blank" rel="noopener" href="$2">$1</a>')
      .replace(/\\*\\*([^*]+)\\*\\*/g, '<b>$1</b>')
      .replace(/\\n/g, '<br>');
  }
  function show(who, html) {
    const item = document.createElement('li');
    item.className = who;
    item.innerHTML = html;
    log.appendChild(item);
    item.scrollIntoView();
  }
  function send(text) {
    if (!text) return;
    show('user', escapeHtml(text));
    replies.replaceChildren();
    socket.send(JSON.stringify({ type: 'message', text, user, channel: 'websocket' }));
  }

  socket.addEventListener('open', () => {
    status.textContent = 'Connected';
    socket.send(JSON.stringify({ type: 'hello', user, channel: 'websocket' }));
  });
  socket.addEventListener('close', () => { status.textContent = 'Disconnected; reload the page.'; });
  socket.addEventListener('message', (event) => {
    const message = JSON.parse(event.data);
    if (message.type !== 'message' || typeof message.text !== 'string') return;
    show('bot', render(message.text));
    replies.replaceChildren();
    for (const reply of message.quick_replies || []) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = reply.title;
      button.addEventListener('click', () => send(reply.payload));
      replies.appendChild(button);
    }
  });
  document.getElementById('send').addEventListener('submit', (event) => {
    event.preventDefault();
    send(input.value.trim());
    input.value = '';
  });
</script>
</body>
</html>
`;
