// SPDX-License-Identifier: EPL-2.0
package org.spikestudio.ui.editor.wizards;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormText;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.part.ViewPart;

/**
 * Getting started, for a first start: the platform bundles here have neither the Welcome (intro)
 * nor cheat sheets, so a view of links leads from an empty workspace to an open example network.
 */
public class GettingStartedView extends ViewPart {

    public static final String ID = "org.spikestudio.ui.editor.gettingStarted";
    /** The example the first link opens. */
    public static final String FIRST_EXAMPLE = "seed/population-100.snn";

    private FormToolkit toolkit;
    private ScrolledForm form;

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText("Getting started");
        form.getBody().setLayout(new TableWrapLayout());
        FormText text = toolkit.createFormText(form.getBody(), true);
        text.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        text.setText("""
                <form>
                <p>Spikestudio models spiking neural networks as <b>.snn</b> files you can version in git.</p>
                <li><a href="examples">Open the examples</a>: a project with every example network, opening the
                population of 100 LIF neurons in the network editor.</li>
                <li><a href="project">Create a Spiking Network Project</a>: a project with a models/ folder.</li>
                <li><a href="network">Create a Spiking Network</a> from a template: the seed assignment's models,
                the CUBA benchmark or an empty network.</li>
                <p>In the editor, select an element and change it in the <b>Properties</b> view; right-click for
                New Child, Delete and more. Problems appear in the <b>Problems</b> view (Ctrl+1 offers a fix).
                To run a model, right-click it and choose <b>Run As &gt; Spiking Network Simulation</b>: the raster,
                rate and potential views fill in as it runs, and its files appear under <b>results/</b>.</p>
                </form>""", true, false);
        text.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                switch (String.valueOf(event.getHref())) {
                    case "examples" -> openExamples();
                    case "project" -> openWizard(new NewProjectWizard());
                    case "network" -> openWizard(new NewNetworkWizard());
                    default -> {
                        // no other links
                    }
                }
            }
        });
    }

    /** Creates the examples project when missing and opens its first example; returns the editor. */
    public IEditorPart openExamples() {
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(ExamplesWizard.DEFAULT_NAME);
        try {
            if (!project.exists()) {
                ExamplesWizard.create(project);
            } else if (!project.isOpen()) {
                project.open(null);
            }
            return IDE.openEditor(getSite().getPage(), project.getFile(FIRST_EXAMPLE));
        } catch (Exception e) {
            MessageDialog.openError(getSite().getShell(), "Cannot open the examples", String.valueOf(e.getMessage()));
            return null;
        }
    }

    private void openWizard(INewWizard wizard) {
        wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
        WizardDialog dialog = new WizardDialog(getSite().getShell(), wizard);
        dialog.create();
        dialog.open();
    }

    @Override
    public void setFocus() {
        form.setFocus();
    }

    @Override
    public void dispose() {
        toolkit.dispose();
        super.dispose();
    }
}
