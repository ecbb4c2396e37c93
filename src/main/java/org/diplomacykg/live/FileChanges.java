package org.diplomacykg.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Which input files a build found new, changed or gone since the build before it, by file name. */
record FileChanges(List<String> added, List<String> changed, List<String> removed) {
    FileChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
    }

    static FileChanges between(FolderScan before, FolderScan after) {
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<Path, FileState> e : after.files().entrySet()) {
            FileState was = before.files().get(e.getKey());
            if (was == null) {
                added.add(name(e.getKey()));
            } else if (!was.equals(e.getValue())) {
                changed.add(name(e.getKey()));
            }
        }
        before.files().keySet().stream().filter(p -> !after.files().containsKey(p)).forEach(p -> removed.add(name(p)));
        return new FileChanges(added, changed, removed);
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }

    boolean none() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }
}
