/** The page shown when the kiosk cannot run: plain words in both languages, and it retries on its own. */
export function fallbackPageHtml(retryAfterSeconds: number): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta http-equiv="refresh" content="${Math.max(30, Math.floor(retryAfterSeconds))};url=app://kiosk/index.html">
<title>服务暂时不可用</title>
<style>
body{margin:0;height:100vh;display:flex;align-items:center;justify-content:center;background:#fff;color:#111;
font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;text-align:center;cursor:none}
h1{font-size:64px;margin:0 0 32px} p{font-size:36px;line-height:1.5;margin:0 48px 16px}
</style></head>
<body><main>
<h1>服务暂时不可用</h1>
<p>本机正在恢复，请稍后再试，或前往服务大厅窗口办理。</p>
<p lang="en">Service temporarily unavailable. This machine is recovering; please try again later or visit a service counter.</p>
</main></body></html>`;
}
