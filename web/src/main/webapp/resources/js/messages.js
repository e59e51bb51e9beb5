/* The message campaign's page: a placeholder button puts its token at the cursor of the template. */
var AppMessages = {
    insert: function (id, token) {
        var area = document.getElementById(id);
        if (!area || area.disabled) {
            return;
        }
        var start = area.selectionStart || 0;
        var end = area.selectionEnd || 0;
        area.value = area.value.substring(0, start) + token + area.value.substring(end);
        area.focus();
        area.selectionStart = area.selectionEnd = start + token.length;
        area.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true}));
    }
};
