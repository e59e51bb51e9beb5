/*
 * The supervisor's board: a message on its websocket means something changed; the board reads itself again, at most
 * once a second however many changes arrive. "da 12 min" moves on by itself between changes. The dot says whether
 * the websocket is open.
 */
var AppBoard = (function () {
    var pending = false;
    var last = 0;

    function changed() {
        if (pending) {
            return;
        }
        pending = true;
        setTimeout(function () {
            last = Date.now();
            refreshBoard();
        }, Math.max(0, 1000 - (Date.now() - last)));
    }

    function refreshed() {
        pending = false;
        tick();
    }

    function live(open) {
        var dot = document.getElementById('live');
        if (dot) {
            dot.classList.toggle('app-board-offline', !open);
        }
    }

    function format(template, values) {
        return template.replace(/''/g, "'").replace(/\{(\d)\}/g, function (all, i) {
            return values[Number(i)];
        });
    }

    function tick() {
        var texts = document.getElementById('live');
        if (!texts) {
            return;
        }
        document.querySelectorAll('.app-board-since[data-since]').forEach(function (span) {
            var since = Number(span.dataset.since);
            if (!since) {
                return;
            }
            var minutes = Math.max(0, Math.floor((Date.now() - since) / 60000));
            span.textContent = minutes < 1 ? format(texts.dataset.now, [])
                : minutes < 60 ? format(texts.dataset.minutes, [minutes])
                : format(texts.dataset.hours, [Math.floor(minutes / 60), String(minutes % 60).padStart(2, '0')]);
        });
    }

    setInterval(tick, 30000);
    return {
        changed: changed,
        refreshed: refreshed,
        opened: function () { live(true); },
        closed: function () { live(false); }
    };
})();
