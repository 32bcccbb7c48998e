// Save to Carnet: the toolbar button sends the page shown (its address, title, HTML and
// selected text) to the Carnet endpoint on 127.0.0.1, with the port and token set in the
// options. Chromium runs this file as a service worker, Firefox as a background script.
const api = globalThis.browser ?? globalThis.chrome;

function pageContents() {
  return {
    url: location.href,
    title: document.title,
    html: document.documentElement.outerHTML,
    selection: window.getSelection ? String(window.getSelection()) : "",
  };
}

async function tell(tabId, ok, message) {
  await api.action.setBadgeText({ tabId, text: ok ? "✓" : "!" });
  await api.action.setBadgeBackgroundColor({ tabId, color: ok ? "#2e7d32" : "#c62828" });
  await api.action.setTitle({ tabId, title: "Save to Carnet: " + message });
}

async function savePage(tab) {
  const { port, token } = await api.storage.local.get(["port", "token"]);
  if (!port || !token) {
    await api.runtime.openOptionsPage();
    return;
  }
  let page;
  try {
    const [injection] = await api.scripting.executeScript({ target: { tabId: tab.id }, func: pageContents });
    page = injection.result;
  } catch (error) {
    await tell(tab.id, false, "this page cannot be read by an extension (" + error.message + ")");
    return;
  }
  try {
    const response = await fetch("http://127.0.0.1:" + Number(port) + "/capture", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Carnet-Token": token },
      body: JSON.stringify(page),
    });
    const answer = await response.json();
    await tell(tab.id, Boolean(answer.ok), answer.message);
  } catch (error) {
    await tell(tab.id, false, "Carnet is not listening: open the library in Carnet, or run carnet serve-capture");
  }
}

api.action.onClicked.addListener(savePage);
