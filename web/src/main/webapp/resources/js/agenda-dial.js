/*
 * The agenda's click-to-dial: each appointment the user may open (it links to the party's card) gets a phone button
 * that dials its party (dialAppointment, rendered for operators only); a click on the rest of the event opens the card.
 */
var AppAgendaDial = (function () {
    function mounted(info) {
        if (!info.event.url || typeof window.dialAppointment !== 'function') {
            return;
        }
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'app-agenda-dial';
        button.title = document.getElementById('agendaCall').dataset.dialTitle || '';
        button.setAttribute('data-appointment', info.event.id);
        button.innerHTML = '<i class="pi pi-phone"></i>';
        button.addEventListener('click', function (event) {
            event.preventDefault();
            event.stopPropagation();
            window.dialAppointment([{name: 'appointment', value: info.event.id}]);
        });
        info.el.appendChild(button);
    }

    function extend() {
        var previous = this.cfg.options.eventDidMount;
        this.cfg.options.eventDidMount = function (info) {
            if (previous) {
                previous(info);
            }
            mounted(info);
        };
    }

    return {extend: extend};
})();
