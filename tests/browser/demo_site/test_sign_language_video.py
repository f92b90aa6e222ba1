"""A resident plays the sign-language recording in the system Chromium: it plays, with captions.

Debian's Chromium has no H.264 decoder, so the browser picks the WebM (VP9) source; the captions
come from the portal's own WebVTT file and show by default.
"""

import pytest

from ..public_pages import AUDIT_DB, Missing, kind

pytestmark = AUDIT_DB

PLAY_AND_READ_CAPTIONS = """async () => {
  const video = document.querySelector("video");
  await new Promise(resolve => video.readyState >= 1 ? resolve() : video.addEventListener("loadedmetadata", resolve));
  const track = video.textTracks[0];
  await video.play();
  // The cues are parsed once the track has loaded; the first shows from the start.
  const trackElement = video.querySelector("track");
  if (trackElement.readyState !== 2) await new Promise(resolve => trackElement.addEventListener("load", resolve));
  await new Promise(resolve => {
    const check = () => (video.currentTime > 0.3 ? resolve() : requestAnimationFrame(check));
    check();
  });
  return {
    readyState: video.readyState, paused: video.paused, currentTime: video.currentTime, duration: video.duration,
    source: video.currentSrc, mode: track.mode, kind: track.kind, language: track.language,
    cues: [...track.cues].map(cue => cue.text), active: [...(track.activeCues || [])].map(cue => cue.text),
    error: video.error && video.error.code,
  };
}"""


def test_the_sign_language_recording_plays_with_polish_captions_from_the_portal(site, page):
    try:
        path = kind("sign_language").paths("pl")[0]
    except Missing as missing:
        pytest.skip(str(missing))
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(site.url + path)
    played = page.evaluate(PLAY_AND_READ_CAPTIONS)
    assert played["error"] is None
    assert played["readyState"] >= 2 and not played["paused"] and played["currentTime"] > 0
    assert played["duration"] >= 7.5
    assert played["source"].startswith(site.url + "/documents/") and played["source"].endswith(".webm")
    assert (played["kind"], played["language"], played["mode"]) == ("captions", "pl", "showing")
    assert played["cues"][0] == "Dzień dobry. Witamy na portalu miasta Krakowa."
    assert len(played["cues"]) == 3 and played["active"] == played["cues"][:1]
    assert all(url.startswith(site.url) for url in requested), "a request left the portal"
    assert not page.console_errors
