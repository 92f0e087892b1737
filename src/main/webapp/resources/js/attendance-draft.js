/*
 * Unsaved attendance marks survive a bad connection: every change on the sheet is kept on this device
 * (participant ids and statuses only, never names), keyed by session, with the version it was made on.
 * A failed save says so and offers to try again; a sheet opened again offers the kept marks. Kept marks
 * are cleared after a successful save and at sign-out. Restored marks are saved against the version
 * they were made on, so a newer save by someone else shows the conflict view instead of being overwritten.
 * Loaded by the page layout (for the sign-out) and only active on the attendance sheet.
 */
(function () {
    'use strict';

    var PREFIX = 'd4u.sheet.';

    function sheet() {
        var form = document.getElementById('sheetForm');
        return form && form.dataset.session ? form : null;
    }

    function storage() {
        try {
            return window.localStorage;
        } catch (e) {
            return null; // storage switched off: the sheet still works, without the safety net
        }
    }

    function keyOf(form) {
        return PREFIX + form.dataset.session;
    }

    function lines(form) {
        return Array.prototype.slice.call(form.querySelectorAll('[data-participant]'));
    }

    function marksOf(form) {
        var marks = {};
        lines(form).forEach(function (line) {
            var checked = line.querySelector('input[type=radio]:checked');
            marks[line.dataset.participant] = checked ? checked.value : null;
        });
        return marks;
    }

    function keep() {
        var form = sheet();
        var store = storage();
        if (!form || !store || form.dataset.editable !== 'true') {
            return;
        }
        var kept = read(form);
        // marks restored from an older version stay tied to that version until they are saved
        var version = kept && kept.restored ? kept.version : Number(form.dataset.version);
        store.setItem(keyOf(form), JSON.stringify({version: version, at: Date.now(), marks: marksOf(form),
            restored: !!(kept && kept.restored)}));
    }

    function read(form) {
        var store = storage();
        var text = store && store.getItem(keyOf(form));
        if (!text) {
            return null;
        }
        try {
            return JSON.parse(text);
        } catch (e) {
            return null;
        }
    }

    function forget() {
        var form = sheet();
        var store = storage();
        if (form && store) {
            store.removeItem(keyOf(form));
        }
    }

    function forgetAll() {
        var store = storage();
        if (!store) {
            return;
        }
        Object.keys(store).filter(function (key) {
            return key.indexOf(PREFIX) === 0;
        }).forEach(function (key) {
            store.removeItem(key);
        });
    }

    function differsFromPage(form, kept) {
        var shown = marksOf(form);
        return Object.keys(kept.marks).some(function (id) {
            return id in shown && shown[id] !== kept.marks[id];
        });
    }

    function show(id, visible) {
        var element = document.getElementById(id);
        if (element) {
            element.hidden = !visible;
            if (visible) {
                element.focus();
            }
        }
    }

    /** On opening the sheet: offer marks that were kept but never saved. */
    function offer() {
        var form = sheet();
        var kept = form && form.dataset.editable === 'true' ? read(form) : null;
        if (!kept) {
            return;
        }
        if (!differsFromPage(form, kept)) {
            forget();
            return;
        }
        var time = document.getElementById('draftTime');
        if (time) {
            time.textContent = new Date(kept.at).toLocaleString('de-DE', {dateStyle: 'short', timeStyle: 'short'});
        }
        show('draftNotice', true);
    }

    function restore() {
        var form = sheet();
        var kept = form && read(form);
        show('draftNotice', false);
        if (!kept) {
            return;
        }
        lines(form).forEach(function (line) {
            var status = kept.marks[line.dataset.participant];
            var radio = status && line.querySelector('input[type=radio][value="' + status + '"]');
            if (radio && !radio.checked) {
                radio.click();
            }
        });
        document.getElementById('sheetForm:draftVersion').value = kept.version;
        kept.restored = true;
        storage().setItem(keyOf(form), JSON.stringify(kept));
        show('draftRestored', true);
    }

    /**
     * PrimeFaces ends a button's loading state only when an answer arrives; after a failed request the
     * save button would spin and stay disabled for good. Released once PrimeFaces is done with the failure.
     */
    function releaseSaveButton() {
        var widget = window.PrimeFaces && PrimeFaces.getWidgetById('sheetForm:save');
        if (widget) {
            widget.ajaxCount = 0;
            PrimeFaces.buttonEndAjaxDisabled(widget, widget.jq);
        }
    }

    /** After a conflict the page shows the newest version next to the kept marks: they now belong to it. */
    function rebase() {
        var form = sheet();
        var kept = form && read(form);
        if (kept) {
            kept.version = Number(form.dataset.version);
            kept.restored = false;
            storage().setItem(keyOf(form), JSON.stringify(kept));
        }
    }

    function discard() {
        forget();
        show('draftNotice', false);
    }

    window.D4U = window.D4U || {};
    window.D4U.sheetDraft = {
        /** oncomplete of the save button (also after onerror): a save that went through clears the kept marks. */
        completed: function (xhr, status, args) {
            if (args && args.saved) {
                forget();
                show('saveFailed', false);
                show('draftRestored', false);
            } else if (args && args.conflict) {
                show('saveFailed', false);
                rebase();
            }
        },
        /** onerror of the save button: no answer (offline, time-out, server away). */
        failed: function () {
            keep();
            show('saveFailed', true);
            window.setTimeout(releaseSaveButton, 0);
        },
        keep: keep
    };

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('#sheetForm input[type=radio]')) {
            keep();
        }
    });
    document.addEventListener('click', function (event) {
        var target = event.target.closest ? event.target.closest('button, a') : null;
        if (!target) {
            return;
        }
        if (target.id === 'draftRestore') {
            restore();
        } else if (target.id === 'draftDiscard') {
            discard();
        } else if (target.id === 'saveRetry') {
            show('saveFailed', false);
            document.getElementById('sheetForm:save').click();
        } else if (target.id === 'headerForm:logout') {
            forgetAll();
        }
    });
    document.addEventListener('DOMContentLoaded', offer);
}());
