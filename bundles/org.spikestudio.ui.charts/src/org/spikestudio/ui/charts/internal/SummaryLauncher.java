// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.charts.internal;

import org.eclipse.core.runtime.IPath;
import org.eclipse.ui.IEditorLauncher;
import org.spikestudio.ui.charts.ResultViews;

/** Opening a results folder's summary.json (a double click in the Project Explorer) shows the run. */
public final class SummaryLauncher implements IEditorLauncher {

    @Override
    public void open(IPath file) {
        ResultViews.open(file.toPath().getParent());
    }
}
