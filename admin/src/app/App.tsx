import { useEffect, useState } from 'react';
import { AdoptionList } from '../features/adoptions/AdoptionList.tsx';
import { ConsultationSummary } from '../features/consultations/ConsultationSummary.tsx';
import { MunicipalityList } from '../features/municipalities/MunicipalityList.tsx';
import { NeedList } from '../features/needs/NeedList.tsx';
import { SignIn } from '../features/session/SignIn.tsx';

const VIEWS = {
  kommuner: { label: 'Kommuner', View: MunicipalityList },
  inforande: { label: 'Införande', View: AdoptionList },
  behov: { label: 'Behov', View: NeedList },
  remissvar: { label: 'Remissvar', View: ConsultationSummary },
  konto: { label: 'Konto', View: SignIn },
} as const;
type ViewName = keyof typeof VIEWS;

/** The view named in the address (#inforande), so a view can be linked to and survives a reload. */
function viewFromHash(): ViewName {
  const name = window.location.hash.slice(1);
  return name in VIEWS ? (name as ViewName) : 'kommuner';
}

export function App() {
  const [view, setView] = useState<ViewName>(viewFromHash);
  useEffect(() => {
    const follow = () => setView(viewFromHash());
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const { View } = VIEWS[view];
  return (
    <>
      <header className="top">
        <h1>Välfärdsnavet</h1>
        <p>Administration</p>
        <nav aria-label="Vyer" className="views">
          {(Object.keys(VIEWS) as ViewName[]).map((name) => (
            <a key={name} href={`#${name}`} aria-current={name === view ? 'page' : undefined}>
              {VIEWS[name].label}
            </a>
          ))}
        </nav>
      </header>
      <main>
        <View />
      </main>
    </>
  );
}
