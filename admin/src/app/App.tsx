import { MunicipalityList } from '../features/municipalities/MunicipalityList.tsx';

export function App() {
  return (
    <>
      <header className="top">
        <h1>Välfärdsnavet</h1>
        <p>Administration</p>
      </header>
      <main>
        <MunicipalityList />
      </main>
    </>
  );
}
