// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.spikestudio.model.Input;
import org.spikestudio.model.Network;
import org.spikestudio.model.RateRecorder;
import org.spikestudio.model.SpikestudioPackage;
import org.spikestudio.model.StateRecorder;
import org.spikestudio.model.validation.ValidationCodes;
import org.spikestudio.ui.editor.NetworkEditor;

/**
 * Quick fixes for the validation problems whose fix is unambiguous, each an undoable command in the
 * network editor (opened when needed): neuron indices outside the population are removed; an
 * interval that is not a whole number of time steps is rounded to the nearest one (at least one).
 * A problem is recognized by the validator's stable diagnostic code ({@link ValidationCodes}) and its
 * attribute, never by its message text.
 */
public final class QuickFixes implements IMarkerResolutionGenerator2 {

    private static final SpikestudioPackage P = SpikestudioPackage.eINSTANCE;

    @Override
    public boolean hasResolutions(IMarker marker) {
        return getResolutions(marker).length > 0;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        String feature = marker.getAttribute(NetworkEditor.MARKER_FEATURE, "");
        int code = marker.getAttribute(NetworkEditor.MARKER_CODE, -1);
        if (code == ValidationCodes.INDEX_OUT_OF_RANGE && (feature.equals(P.getStateRecorder_Neurons().getName())
                || feature.equals(P.getInput_Neurons().getName()))) {
            return new IMarkerResolution[] { new Fix("Remove the neuron indices outside the population") };
        }
        if (code == ValidationCodes.NOT_MULTIPLE_OF_TIME_STEP && (feature.equals(P.getRateRecorder_BinWidth().getName())
                || feature.equals(P.getStateRecorder_SamplingInterval().getName()))) {
            return new IMarkerResolution[] { new Fix("Round to a whole number of time steps") };
        }
        return new IMarkerResolution[0];
    }

    /** The fix's command for {@code element}, or null when it has nothing (left) to fix. */
    public static Command fix(EditingDomain domain, EObject element, String feature) {
        Network network = element.eContainer() instanceof Network n ? n : null;
        if (element instanceof StateRecorder state && state.getPopulation() != null
                && feature.equals(P.getStateRecorder_Neurons().getName())) {
            return removeOutside(domain, element, state.getNeurons(), state.getPopulation().getSize(),
                    P.getStateRecorder_Neurons());
        }
        if (element instanceof Input input && input.getTarget() != null
                && feature.equals(P.getInput_Neurons().getName())) {
            return removeOutside(domain, element, input.getNeurons(), input.getTarget().getSize(), P.getInput_Neurons());
        }
        if (network == null || network.getSimulation() == null || !(network.getSimulation().getTimeStep() > 0)) {
            return null;
        }
        double dt = network.getSimulation().getTimeStep();
        if (element instanceof RateRecorder rate && feature.equals(P.getRateRecorder_BinWidth().getName())) {
            return SetCommand.create(domain, rate, P.getRateRecorder_BinWidth(), wholeSteps(rate.getBinWidth(), dt));
        }
        if (element instanceof StateRecorder state && feature.equals(P.getStateRecorder_SamplingInterval().getName())) {
            return SetCommand.create(domain, state, P.getStateRecorder_SamplingInterval(),
                    wholeSteps(state.getSamplingInterval(), dt));
        }
        return null;
    }

    /** The nearest whole number of steps, at least one, in ms (computed as steps * dt, as the engine does). */
    static double wholeSteps(double interval, double dt) {
        return Math.max(1, Math.round(interval / dt)) * dt;
    }

    private static Command removeOutside(EditingDomain domain, EObject owner, List<Integer> indices, int size,
            org.eclipse.emf.ecore.EStructuralFeature feature) {
        List<Integer> outside = indices.stream().filter(i -> i < 0 || i >= size).toList();
        return outside.isEmpty() ? null : RemoveCommand.create(domain, owner, feature, outside);
    }

    private static final class Fix implements IMarkerResolution {
        private final String label;

        Fix(String label) {
            this.label = label;
        }

        @Override
        public String getLabel() {
            return label;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            IEditorPart part;
            try {
                part = IDE.openEditor(page, file, NetworkEditor.ID);
            } catch (PartInitException e) {
                return;
            }
            if (part instanceof NetworkEditor editor) {
                EObject element = editor.elementById(marker.getAttribute(NetworkEditor.MARKER_ELEMENT_ID, null));
                Command command = element == null ? null
                        : fix(editor.getEditingDomain(), element, marker.getAttribute(NetworkEditor.MARKER_FEATURE, ""));
                if (command != null && command.canExecute()) {
                    editor.getEditingDomain().getCommandStack().execute(command);
                }
            }
        }
    }
}
