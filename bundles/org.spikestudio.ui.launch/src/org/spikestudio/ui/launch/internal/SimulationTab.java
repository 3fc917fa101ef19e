// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.launch.internal;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ContainerSelectionDialog;
import org.eclipse.ui.dialogs.ElementTreeSelectionDialog;
import org.eclipse.ui.model.WorkbenchContentProvider;
import org.eclipse.ui.model.WorkbenchLabelProvider;
import org.spikestudio.sim.run.RunSettings;
import org.spikestudio.sim.run.RunSettings.InvalidSettingException;
import org.spikestudio.ui.launch.SimulationLaunch;

/**
 * The run's settings: the model, duration, seed, threads, results folder and image format. Empty
 * fields keep the model's own settings; the checks and messages are those of the command line's
 * options ({@link SimulationSettings}).
 */
public final class SimulationTab extends AbstractLaunchConfigurationTab {

    private static final String[] FORMATS = { RunSettings.FORMAT_PNG, RunSettings.FORMAT_SVG, RunSettings.FORMAT_BOTH };

    private Text model;
    private Text duration;
    private Text seed;
    private Text threads;
    private Text output;
    private Combo format;
    private Image image;

    @Override
    public String getName() {
        return "Simulation";
    }

    @Override
    public Image getImage() {
        if (image == null) {
            image = org.eclipse.jface.resource.ImageDescriptor.createFromURL(url(
                    "platform:/plugin/org.spikestudio.model.edit/icons/full/obj16/Network.gif")).createImage(false);
        }
        return image;
    }

    @Override
    public void dispose() {
        if (image != null) {
            image.dispose();
        }
        super.dispose();
    }

    @Override
    public void createControl(Composite parent) {
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(top);
        setControl(top);

        Group modelGroup = group(top, "Model", 2);
        model = new Text(modelGroup, SWT.BORDER);
        model.setMessage("a network in the workspace, e.g. /project/models/network.snn");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(model);
        button(modelGroup, "Browse...").addListener(SWT.Selection, e -> browseModel());

        Group run = group(top, "Simulation", 2);
        duration = field(run, SimulationSettings.DURATION_LABEL + " (ms):", "as in the model");
        seed = field(run, SimulationSettings.SEED_LABEL + ":", "as in the model");
        threads = field(run, SimulationSettings.THREADS_LABEL + ":", "one per 20,000 neurons, up to the cores");

        Group results = group(top, "Results", 3);
        new Label(results, SWT.NONE).setText(SimulationSettings.OUTPUT_LABEL + ":");
        output = new Text(results, SWT.BORDER);
        output.setMessage("results/<model>/<date-time>/ in the model's project, new for each run");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
        output.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
        button(results, "Browse...").addListener(SWT.Selection, e -> browseOutput());
        new Label(results, SWT.NONE).setText(SimulationSettings.FORMAT_LABEL + ":");
        format = new Combo(results, SWT.READ_ONLY);
        format.setItems(FORMATS);
        format.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
        model.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
    }

    private static Group group(Composite parent, String title, int columns) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
        return group;
    }

    private Text field(Composite parent, String label, String hint) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setMessage(hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
        text.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
        return text;
    }

    private static Button button(Composite parent, String text) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        return button;
    }

    private void browseModel() {
        ElementTreeSelectionDialog dialog = new ElementTreeSelectionDialog(getShell(), new WorkbenchLabelProvider(),
                new WorkbenchContentProvider());
        dialog.setTitle("Model");
        dialog.setMessage("Choose a network (.snn) to run:");
        dialog.setInput(ResourcesPlugin.getWorkspace().getRoot());
        dialog.addFilter(new ViewerFilter() {
            @Override
            public boolean select(Viewer viewer, Object parent, Object element) {
                return element instanceof IContainer c && c.isAccessible()
                        || element instanceof IFile f && "snn".equals(f.getFileExtension());
            }
        });
        dialog.setValidator(selection -> selection.length == 1 && selection[0] instanceof IFile
                ? org.eclipse.core.runtime.Status.OK_STATUS
                : org.eclipse.core.runtime.Status.error("Choose a .snn file"));
        if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof IFile file) {
            model.setText(file.getFullPath().toString());
        }
    }

    private void browseOutput() {
        ContainerSelectionDialog dialog = new ContainerSelectionDialog(getShell(), null, true,
                "Choose the results folder (each run replaces its previous result):");
        if (dialog.open() == Window.OK && dialog.getResult().length == 1 && dialog.getResult()[0] instanceof IPath path) {
            output.setText(path.toString());
        }
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
        IResource selected = DebugUITools.getSelectedResource();
        if (selected instanceof IFile file && "snn".equals(file.getFileExtension())) {
            configuration.setAttribute(SimulationLaunch.MODEL, file.getFullPath().toString());
        }
        configuration.setAttribute(SimulationLaunch.FORMAT, RunSettings.FORMAT_PNG);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration configuration) {
        model.setText(attribute(configuration, SimulationLaunch.MODEL));
        duration.setText(attribute(configuration, SimulationLaunch.DURATION));
        seed.setText(attribute(configuration, SimulationLaunch.SEED));
        threads.setText(attribute(configuration, SimulationLaunch.THREADS));
        output.setText(attribute(configuration, SimulationLaunch.OUTPUT));
        String f = attribute(configuration, SimulationLaunch.FORMAT);
        int index = java.util.Arrays.asList(FORMATS).indexOf(f.isEmpty() ? RunSettings.FORMAT_PNG : f);
        format.select(Math.max(0, index));
    }

    private static String attribute(ILaunchConfiguration configuration, String name) {
        try {
            return configuration.getAttribute(name, "");
        } catch (CoreException e) {
            return "";
        }
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy configuration) {
        configuration.setAttribute(SimulationLaunch.MODEL, model.getText().strip());
        configuration.setAttribute(SimulationLaunch.DURATION, duration.getText());
        configuration.setAttribute(SimulationLaunch.SEED, seed.getText());
        configuration.setAttribute(SimulationLaunch.THREADS, threads.getText());
        configuration.setAttribute(SimulationLaunch.OUTPUT, output.getText().strip());
        configuration.setAttribute(SimulationLaunch.FORMAT, format.getText());
        IResource file = ResourcesPlugin.getWorkspace().getRoot().findMember(model.getText().strip());
        configuration.setMappedResources(file instanceof IFile ? new IResource[] { file } : null);
    }

    @Override
    public boolean isValid(ILaunchConfiguration configuration) {
        setErrorMessage(null);
        setWarningMessage(null);
        try {
            setWarningMessage(SimulationSettings.read(configuration).warning());
            return true;
        } catch (InvalidSettingException e) {
            setErrorMessage(e.getMessage());
        } catch (CoreException e) {
            setErrorMessage(e.getMessage());
        }
        return false;
    }

    private static java.net.URL url(String spec) {
        try {
            return java.net.URI.create(spec).toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
