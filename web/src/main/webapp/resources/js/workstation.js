/*
 * The workstation's keys and timer. An outcome's key (1-9, 0, a letter, F1-F12) presses its button; Enter or N takes
 * the next customer when nobody is on the line; in an outcome's form Enter confirms and Esc goes back. Keys typed into
 * a field are the field's (Esc leaves the field, so the keys work again). The timer counts from when the customer was
 * taken, by the server's clock.
 */
var AppWorkstation = (function () {
    function typing(target) {
        return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    }

    function usable(element) {
        return element && element.offsetParent !== null && !element.disabled && !element.classList.contains('ui-state-disabled');
    }

    function keyOf(event) {
        if (/^F([1-9]|1[0-2])$/.test(event.key)) {
            return event.key;
        }
        return event.key && event.key.length === 1 ? event.key.toUpperCase() : null;
    }

    function press(selector, event) {
        var button = document.querySelector(selector);
        if (usable(button)) {
            event.preventDefault();
            button.click();
            return true;
        }
        return false;
    }

    function onKey(event) {
        if (event.ctrlKey || event.altKey || event.metaKey || event.defaultPrevented) {
            return;
        }
        var target = event.target;
        if (typing(target)) {
            if (event.key === 'Escape') {
                target.blur();
            } else if (event.key === 'Enter' && target.tagName === 'INPUT' && target.closest('.app-ws')) {
                // no implicit submission: it would press the form's first button
                event.preventDefault();
                press('[data-default]', event);
            }
            return;
        }
        if (target && (target.tagName === 'BUTTON' || target.tagName === 'A') && (event.key === 'Enter' || event.key === ' ')) {
            return;
        }
        if (document.querySelector('.ui-dialog[aria-hidden="false"], .ui-overlaypanel[aria-hidden="false"]')) {
            return;
        }
        if (usable(document.querySelector('[data-default]'))) {
            if (event.key === 'Enter') {
                press('[data-default]', event);
            } else if (event.key === 'Escape') {
                press('[data-cancel]', event);
            }
            return;
        }
        if (event.key === 'Enter' || event.key === 'n' || event.key === 'N') {
            if (press('[data-next]', event)) {
                return;
            }
        }
        var key = keyOf(event);
        if (key) {
            press('[data-shortcut="' + key + '"]', event);
        }
    }

    function tick() {
        var timer = document.getElementById('timer');
        if (!timer) {
            return;
        }
        if (!timer.dataset.offset) {
            timer.dataset.offset = String(Number(timer.dataset.now) - Date.now());
        }
        var seconds = Math.max(0, Math.floor((Date.now() + Number(timer.dataset.offset) - Number(timer.dataset.since)) / 1000));
        var h = Math.floor(seconds / 3600);
        var m = Math.floor(seconds / 60) % 60;
        var s = seconds % 60;
        timer.textContent = (h > 0 ? h + ':' + (m < 10 ? '0' : '') : '') + m + ':' + (s < 10 ? '0' : '') + s;
    }

    /** The form an outcome opens gets the focus, so the operator types at once. */
    function focusDetails() {
        var field = document.querySelector('.app-ws-details input:not([type="hidden"]):not([readonly])');
        if (field && document.activeElement !== field && !document.activeElement.closest('.app-ws-details')) {
            field.focus();
        }
    }

    document.addEventListener('keydown', onKey);
    setInterval(tick, 1000);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            tick();
            focusDetails();
        });
    }
    document.addEventListener('DOMContentLoaded', tick);
    return {tick: tick};
})();
