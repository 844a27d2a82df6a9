// CrampCare's night mode. The pages follow the device's light or dark setting by themselves (CSS);
// this file only adds the "Night mode" switch, whose choice is kept on this device (localStorage).
// It is loaded before the stylesheet, without defer, so a chosen theme applies before the first paint.
(function () {
  'use strict';
  var KEY = 'crampcare.theme';
  var COLOURS = {light: '#0b4f9c', dark: '#121417'};
  var root = document.documentElement;
  var deviceDark = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  var unsaved = null; // the choice when this browser keeps no local storage

  function chosen() {
    try {
      var value = localStorage.getItem(KEY);
      return value === 'dark' || value === 'light' ? value : null;
    } catch (e) {
      return unsaved;
    }
  }

  function device() {
    return deviceDark && deviceDark.matches ? 'dark' : 'light';
  }

  // A choice sets data-theme, which the stylesheet follows; without one the device's setting applies.
  function apply() {
    var theme = chosen();
    if (theme) {
      root.setAttribute('data-theme', theme);
    } else {
      root.removeAttribute('data-theme');
    }
    var metas = document.querySelectorAll('meta[name="theme-color"]');
    for (var i = 0; i < metas.length; i++) {
      var media = metas[i].getAttribute('media') || '';
      var own = media.indexOf('dark') >= 0 ? 'dark' : 'light';
      metas[i].setAttribute('content', COLOURS[theme || own]);
    }
    var button = document.querySelector('.theme-switch');
    if (button) {
      button.setAttribute('aria-pressed', (theme || device()) === 'dark' ? 'true' : 'false');
    }
  }

  // Choosing what the device shows anyway goes back to following the device.
  function toggle() {
    var next = (chosen() || device()) === 'dark' ? 'light' : 'dark';
    unsaved = next === device() ? null : next;
    try {
      if (unsaved) {
        localStorage.setItem(KEY, unsaved);
      } else {
        localStorage.removeItem(KEY);
      }
    } catch (e) {
      // kept for this page only
    }
    apply();
  }

  apply();
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('.theme-switch');
    if (button) {
      button.hidden = false;
      button.addEventListener('click', toggle);
    }
    apply();
  });
  if (deviceDark && deviceDark.addEventListener) {
    deviceDark.addEventListener('change', apply);
  }
}());
