// The options: the port and the token Carnet shows in Help ▸ "Save to Carnet" Bookmarklet…
const api = globalThis.browser ?? globalThis.chrome;
const port = document.getElementById("port");
const token = document.getElementById("token");
const status = document.getElementById("status");

api.storage.local.get(["port", "token"]).then((saved) => {
  port.value = saved.port ?? "";
  token.value = saved.token ?? "";
});

document.getElementById("save").addEventListener("click", async () => {
  const number = Number(port.value);
  if (!Number.isInteger(number) || number < 1 || number > 65535 || !/^[A-Za-z0-9_-]+$/.test(token.value.trim())) {
    status.textContent = "Paste the port (a number) and the token that Carnet shows.";
    return;
  }
  await api.storage.local.set({ port: number, token: token.value.trim() });
  status.textContent = "Saved.";
});
