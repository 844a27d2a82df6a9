// CrampCare progressive enhancement. Every page works without this file; it only adds the
// heat/ice countdown timer. No inline script anywhere (the content security policy forbids it).
(function () {
  'use strict';

  function format(seconds) {
    var m = Math.floor(seconds / 60);
    var s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  }

  function setUpTimer(box) {
    var minutes = parseInt(box.getAttribute('data-minutes'), 10);
    var button = box.querySelector('.timer-start');
    var display = box.querySelector('.timer-display');
    var status = box.querySelector('.timer-status');
    if (!minutes || !button || !display || !status) {
      return;
    }
    var handle = null;
    var startLabel = button.textContent;
    button.hidden = false;
    button.addEventListener('click', function () {
      if (handle !== null) {
        clearInterval(handle);
        handle = null;
        display.hidden = true;
        button.textContent = startLabel;
        status.textContent = 'Timer stopped.';
        return;
      }
      var end = Date.now() + minutes * 60 * 1000;
      display.hidden = false;
      display.textContent = format(minutes * 60);
      button.textContent = 'Stop the timer';
      status.textContent = 'Timer started: ' + minutes + ' minutes.';
      handle = setInterval(function () {
        var left = Math.max(0, Math.round((end - Date.now()) / 1000));
        display.textContent = format(left);
        if (left === 0) {
          clearInterval(handle);
          handle = null;
          button.textContent = startLabel;
          status.textContent = 'Time is up. Take the heat or cold pack off now.';
        }
      }, 1000);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var timers = document.querySelectorAll('.timer');
    for (var i = 0; i < timers.length; i++) {
      setUpTimer(timers[i]);
    }
  });
}());
