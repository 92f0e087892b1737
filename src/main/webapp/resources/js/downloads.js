/* Deutsch 4U: a progress dialog while a download is produced (PrimeFaces.monitorDownload). */
function d4uDownloadStart() {
  PF('downloadProgress').show();
}

function d4uDownloadStop() {
  PF('downloadProgress').hide();
}
