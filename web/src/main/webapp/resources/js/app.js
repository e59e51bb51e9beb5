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
