// Runs before the app's own scripts and only matters if they cannot start (a file of the app missing or
// refused, say a page cached by the host that names scripts a new deployment removed): instead of a blank page,
// it says so, in both languages, and offers a reload. A classic script with no imports, so that it runs even
// when the module graph does not. Once the app has mounted, the app reports its own failures.
(function () {
  'use strict';
  var shown = false;
  function appStarted() {
    var app = document.getElementById('app');
    return !!(app && app.firstElementChild && !app.querySelector('[data-testid="boot-error"]'));
  }
  function show() {
    if (shown || appStarted()) return;
    shown = true;
    var target = document.getElementById('app') || document.body;
    var box = document.createElement('div');
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'boot-error');
    box.style.cssText = 'max-width:40rem;margin:3rem auto;padding:1rem 1.25rem;border:1px solid #b00020;border-radius:6px;font:16px/1.5 system-ui,sans-serif';
    var lines = [
      ['vi', 'KCN Atlas không khởi động được: một tệp của ứng dụng không tải được (có thể vừa có phiên bản mới, hoặc mạng đang tắt).'],
      ['en', 'KCN Atlas could not start: a file of the app did not load (a new version may just have been published, or the network is off).'],
    ];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      p.lang = lines[i][0];
      p.textContent = lines[i][1];
      box.appendChild(p);
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Tải lại · Reload';
    button.addEventListener('click', function () {
      location.reload();
    });
    box.appendChild(button);
    target.appendChild(box);
    document.documentElement.setAttribute('data-app-state', 'error');
  }
  // A script or stylesheet of the app that fails to load fires `error` on its element (seen in the capture phase).
  window.addEventListener(
    'error',
    function (event) {
      var tag = event.target && event.target.tagName;
      if (tag === 'SCRIPT' || tag === 'LINK' || event instanceof ErrorEvent) show();
    },
    true,
  );
  // A failed dynamic import before the first render (the messages of the link's language, say).
  window.addEventListener('unhandledrejection', show);
})();
