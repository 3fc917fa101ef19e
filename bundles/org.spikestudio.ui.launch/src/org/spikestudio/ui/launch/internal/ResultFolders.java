// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.runtime.IPath;

/**
 * The default results folder of a run, {@code results/<model>/<yyyy-MM-dd_HH-mm-ss>/} in the model's
 * project. Two runs started within the same second get {@code ..._2}, {@code ..._3}: a run never
 * replaces the result of another one that waits in the queue.
 */
final class ResultFolders {

    static final String RESULTS = "results";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");
    /** Folders given to runs that have not yet written them. */
    private static final Set<IPath> RESERVED = new HashSet<>();

    private ResultFolders() {
    }

    /** A folder no other run uses, kept for the caller until {@link #release}. */
    static synchronized IFolder reserve(IFile model) {
        String name = model.getFullPath().removeFileExtension().lastSegment();
        IFolder parent = model.getProject().getFolder(RESULTS).getFolder(name);
        String stamp = LocalDateTime.now().format(STAMP);
        IFolder folder = parent.getFolder(stamp);
        for (int n = 2; RESERVED.contains(folder.getFullPath()) || folder.getLocation().toFile().exists(); n++) {
            folder = parent.getFolder(stamp + "_" + n);
        }
        RESERVED.add(folder.getFullPath());
        return folder;
    }

    static synchronized void release(IFolder folder) {
        RESERVED.remove(folder.getFullPath());
    }
}
