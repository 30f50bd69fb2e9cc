import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { Navigate, Outlet } from 'react-router';
import { useAppStore } from '../../stores/app-store';
import { assessmentResolver, toFormValues, type AssessmentFormValues } from './assessment-form';

/**
 * One form spans every step, so answers given on earlier steps stay in it while later steps
 * render. The store keeps each answer as it is given; the form validates the whole on submit.
 */
export function AssessmentFlow() {
  // Read once: later store updates (a submit, another tab) must not reset what is on screen.
  const [draft] = useState(() => useAppStore.getState().draft);
  const [defaultValues] = useState(() => toFormValues(draft?.answers ?? {}));
  const form = useForm<AssessmentFormValues>({
    resolver: assessmentResolver,
    defaultValues,
    shouldFocusError: false,
  });
  if (!draft) return <Navigate to="/assessment" replace />;
  return (
    <FormProvider {...form}>
      <Outlet />
    </FormProvider>
  );
}
