/* Deutsch 4U: the menu, focus and field errors on every page. A file, not inline, because the Content-Security-Policy allows no inline script. */
(function () {
    function markCurrentPage(nav) {
        nav.querySelectorAll('a[href]').forEach(function (link) {
            if (link.pathname === window.location.pathname) {
                link.setAttribute('aria-current', 'page');
            }
        });
    }

    /* On phones the menu hides behind a disclosure button (app.css); Escape closes it again. */
    function collapsible(nav) {
        var toggle = nav.querySelector('.app-nav-toggle');
        if (!toggle) {
            return;
        }
        function setOpen(open) {
            toggle.setAttribute('aria-expanded', String(open));
            nav.classList.toggle('is-open', open);
        }
        toggle.addEventListener('click', function () {
            setOpen(toggle.getAttribute('aria-expanded') !== 'true');
        });
        nav.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && nav.classList.contains('is-open')) {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    /*
     * PrimeFaces' file upload makes a span the tab stop (aria-labelledby without a role, which ARIA forbids) and
     * hides the transparent file input lying over it. The native input becomes the control instead: it already
     * takes the clicks, and it opens the file chooser with Enter or Space by itself.
     */
    function fileUploadButtons() {
        document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (button) {
            var input = button.querySelector('input[type=file]');
            if (input) {
                input.setAttribute('aria-labelledby', button.getAttribute('aria-labelledby'));
                input.removeAttribute('aria-hidden');
                input.removeAttribute('tabindex');
                button.removeAttribute('aria-labelledby');
                button.removeAttribute('tabindex');
            }
        });
    }

    /*
     * After an ajax update the element that had focus (often the button pressed) may have been replaced, and
     * focus falls back to the top of the page. Then focus goes to the first message of the open dialog or the
     * page, so that a screen reader reads it and the keyboard continues from there.
     */
    function placeFocusAfterUpdate() {
        var active = document.activeElement;
        if (active && active !== document.body && document.body.contains(active)) {
            return;
        }
        var dialogs = Array.prototype.filter.call(document.querySelectorAll('.ui-dialog'), function (dialog) {
            return dialog.getClientRects().length > 0 && window.getComputedStyle(dialog).visibility !== 'hidden';
        });
        var scope = dialogs.length ? dialogs[dialogs.length - 1] : document;
        var message = scope.querySelector('.ui-messages > div, .ui-message-error');
        var target = message ? message.closest('.ui-messages, .ui-message') : null;
        if (!target && dialogs.length) {
            target = scope.querySelector('input:not([type=hidden]):not([disabled]), select, textarea, button');
        }
        if (target) {
            if (!target.matches('input, select, textarea, button, a[href]')) {
                target.setAttribute('tabindex', '-1');
            }
            target.focus();
        }
    }

    /*
     * A field's error stays visible until the next save, which reads as if the fix were not taken. As soon as
     * the person changes the field, its message and error marks go; the server checks everything again on save.
     */
    function clearFieldError(event) {
        var field = event.target.closest ? event.target.closest('.field') : null;
        if (!field || !field.querySelector('.ui-message-error')) {
            return;
        }
        field.querySelectorAll('.ui-message-error').forEach(function (message) {
            message.className = 'ui-message';
            message.textContent = '';
        });
        field.querySelectorAll('.ui-state-error').forEach(function (marked) {
            marked.classList.remove('ui-state-error');
        });
        field.querySelectorAll('[aria-invalid=true]').forEach(function (input) {
            input.removeAttribute('aria-invalid');
        });
    }

    document.addEventListener('input', clearFieldError, true);
    document.addEventListener('change', clearFieldError, true);

    document.addEventListener('DOMContentLoaded', function () {
        var nav = document.querySelector('nav.app-nav');
        if (nav) {
            markCurrentPage(nav);
            collapsible(nav);
        }
        fileUploadButtons();
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function () {
                fileUploadButtons();
                window.setTimeout(placeFocusAfterUpdate, 0);
            });
        }
    });
})();
