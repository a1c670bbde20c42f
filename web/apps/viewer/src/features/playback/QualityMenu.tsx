// The quality menu: "Auto" (hls.js's adaptive choice, showing the rendition it plays) or one rendition held.

import type { Events, default as Hls } from "hls.js";
import { useEffect, useState } from "preact/hooks";
import { t } from "../../messages";

interface Level {
  index: number;
  height: number;
}

export function QualityMenu({ hls }: { hls: Hls }) {
  const [levels, setLevels] = useState<Level[]>([]);
  const [playing, setPlaying] = useState<number | null>(null); // the height hls.js plays now
  const [chosen, setChosen] = useState(-1); // -1: automatic

  useEffect(() => {
    const read = () =>
      setLevels(
        hls.levels
          .map((level, index) => ({ index, height: level.height }))
          .sort((a, b) => b.height - a.height),
      );
    const switched = (_event: unknown, data: { level: number }) =>
      setPlaying(hls.levels[data.level]?.height ?? null);
    // The events' names, not hls.js's enum: importing its values would pull hls.js into this chunk.
    const parsed = "hlsManifestParsed" as Events.MANIFEST_PARSED;
    const levelSwitched = "hlsLevelSwitched" as Events.LEVEL_SWITCHED;
    read();
    hls.on(parsed, read);
    hls.on(levelSwitched, switched);
    return () => {
      hls.off(parsed, read);
      hls.off(levelSwitched, switched);
    };
  }, [hls]);

  if (levels.length < 2) return null;
  const choose = (index: number) => {
    setChosen(index);
    hls.currentLevel = index; // -1 hands the choice back to hls.js's bandwidth estimate
  };
  return (
    <div class="ui-field player__quality">
      <label for="player-quality">{t.player.quality}</label>
      <select id="player-quality" value={chosen} onChange={(e) => choose(Number(e.currentTarget.value))}>
        <option value={-1}>{t.player.auto(playing)}</option>
        {levels.map((level) => (
          <option key={level.index} value={level.index}>
            {t.player.height(level.height)}
          </option>
        ))}
      </select>
    </div>
  );
}
