/*
 * An operator's calls: a message on the "calls" websocket names a call that moved. An inbound call pops its caller's
 * card (popCall, every page); the workstation's call bar, when on the page (refreshCall), reads its call again.
 * The talk timer of an answered call runs by the server's clock.
 */
var AppCalls = (function () {
    function message(data) {
        if (!data || !data.callId) {
            return;
        }
        var params = [{name: 'callId', value: data.callId}];
        if (data.kind === 'inbound' && typeof window.popCall === 'function') {
            window.popCall(params);
        }
        if (typeof window.refreshCall === 'function') {
            window.refreshCall(params);
        }
    }

    function tick() {
        var timers = document.querySelectorAll('[data-talk-since]');
        for (var i = 0; i < timers.length; i++) {
            var timer = timers[i];
            if (!timer.dataset.seen) {
                timer.dataset.seen = String(Date.now());
            }
            var elapsed = Number(timer.dataset.now) - Number(timer.dataset.talkSince) + (Date.now() - Number(timer.dataset.seen));
            var seconds = Math.max(0, Math.floor(elapsed / 1000));
            var minutes = Math.floor(seconds / 60);
            var text = minutes + ':' + String(seconds % 60).padStart(2, '0');
            if (timer.textContent !== text) {
                timer.textContent = text;
            }
        }
    }

    /** Whether the channel is open, on the page's body: a test waits for it before a call rings. */
    function live(open) {
        document.body.dataset.callsLive = String(open);
    }

    setInterval(tick, 250);
    return {
        message: message, tick: tick, opened: function () {
            // (re)connected: what moved while the channel was closed is read again
            if (document.body.dataset.callsLive === 'false' && typeof window.refreshCall === 'function') {
                window.refreshCall();
            }
            live(true);
        }, closed: function () {
            live(false);
        }
    };
})();
