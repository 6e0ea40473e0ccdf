'use strict';
// Fetches the page's content again when vp:serve says a render ended; the page itself is made on the server.
(() => {
  const main = document.getElementById('innehall');
  const status = document.getElementById('status');
  const events = new EventSource('/handelser');
  let fetching = Promise.resolve();

  events.addEventListener('renderar', () => {
    document.body.classList.add('renderar');
    status.textContent = 'Renderar om …';
  });

  events.addEventListener('klar', (event) => {
    const space = event.data.indexOf(' ');
    const rendering = event.data.slice(0, space);
    const text = event.data.slice(space + 1);
    fetching = fetching.then(async () => {
      if (rendering !== main.dataset.rendering) {
        const response = await fetch('/innehall', { cache: 'no-store' });
        if (!response.ok) {
          return;
        }
        // The web edition stays on the page the reader went to, shown as it is now.
        const at = [...main.querySelectorAll('iframe.webb')].map((frame) => {
          try {
            const place = frame.contentWindow.location;
            return place.pathname.startsWith('/visning/') ? place.pathname + place.hash : null;
          } catch (e) {
            return null;
          }
        });
        main.innerHTML = await response.text();
        main.querySelectorAll('iframe.webb').forEach((frame, i) => {
          if (at[i]) {
            frame.src = at[i];
          }
        });
        main.dataset.rendering = response.headers.get('X-Vp-Rendering') || rendering;
      }
      document.body.classList.remove('renderar');
      status.textContent = text;
    }).catch(() => {
      status.textContent = 'Sidan kunde inte hämtas från vp:serve; den försöker igen vid nästa rendering.';
    });
  });

  events.addEventListener('error', () => {
    if (events.readyState !== EventSource.OPEN) {
      status.textContent = 'Förbindelsen med vp:serve är bruten; sidan uppdateras när den är tillbaka.';
    }
  });
})();
