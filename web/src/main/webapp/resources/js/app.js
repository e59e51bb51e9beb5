/* Small helpers of the screens, no framework: the phone menu, the copy button. */
var AppMenu = {
    /** Below 960 px the menu is a button: it opens and closes the list of screens. */
    toggle: function (button) {
        var header = button.closest('.app-header');
        var open = header.classList.toggle('app-menu-open');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }
};

var AppClipboard = {
    /**
     * Copies the text of a field and says so beside the button; the clipboard API needs a secure page (HTTPS or
     * localhost), so elsewhere the field's text is selected and copied the old way.
     */
    copy: function (fieldId, doneId) {
        var field = document.getElementById(fieldId);
        var done = document.getElementById(doneId);
        var shown = function () {
            if (done) {
                done.hidden = false;
                setTimeout(function () { done.hidden = true; }, 4000);
            }
        };
        var fallback = function () {
            field.focus();
            field.select();
            try {
                if (document.execCommand('copy')) {
                    shown();
                }
            } catch (e) {
                /* the text stays selected: the user copies it with Ctrl+C */
            }
        };
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(field.value).then(shown, fallback);
        } else {
            fallback();
        }
    }
};

var AppForm = {
    /**
     * After a refused save: brings the first field with an error to the middle of the window (the menu bar sticks to
     * the top) and puts the cursor in it, so the user sees at once what to fix, however long the form.
     */
    showFirstError: function (formId) {
        var form = document.getElementById(formId);
        var message = form && form.querySelector('.ui-message-error');
        if (!message) {
            return;
        }
        /* a field's message follows it */
        var field = document.getElementById(message.getAttribute('data-target')) || message.previousElementSibling || message;
        (field.closest('.app-cell, .app-contact') || field).scrollIntoView({block: 'center'});
        var input = field.matches('input, textarea') ? field
            : field.querySelector('input:not([type=hidden]):not([disabled]), textarea');
        if (input && typeof input.focus === 'function') {
            input.focus({preventScroll: true});
        }
    }
};
